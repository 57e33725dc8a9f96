package io.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

/**
 * The schema check of {@code deploy/kubernetes/khabar.yaml}, which runs here without a cluster: every document is
 * read into the Kubernetes API's own types (fabric8's model, generated from the API's OpenAPI schema), so a value of
 * the wrong type fails, and a field the API does not have, which those types keep aside as "additional properties",
 * fails too. Then the rules the README promises: each service has replicas, CPU and memory requests and limits,
 * startup, readiness and liveness probes on Quarkus's health paths, and a Service that selects its pods on its port;
 * the consumers run no more instances than their topics' 4 partitions.
 */
class KubernetesManifestsTest {

    private static final Path FILE = Path.of(System.getProperty("khabar.root", "../.."))
            .resolve("deploy/kubernetes/khabar.yaml");
    private static final Set<String> SERVICES = Set.of("ingest-service", "enrich-service", "query-service");
    private static final int PARTITIONS = 4;

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    @Test
    void everyDocumentIsAValidKubernetesObjectWithNoUnknownField() throws Exception {
        List<HasMetadata> objects = read(Files.readAllBytes(FILE));
        assertEquals(10, objects.size(), "a ConfigMap, and a Deployment, Service and PodDisruptionBudget a service");
        for (HasMetadata o : objects) {
            assertEquals(List.of(), unknownFields(o, o.getKind() + " " + o.getMetadata().getName()));
        }
    }

    @Test
    void eachServiceHasReplicasResourcesProbesAndAServiceOnItsPort() throws Exception {
        List<HasMetadata> objects = read(Files.readAllBytes(FILE));
        for (String name : SERVICES) {
            Deployment d = find(objects, Deployment.class, name);
            int replicas = d.getSpec().getReplicas();
            assertTrue(replicas >= 1, name);
            if (!name.equals("ingest-service")) {
                assertTrue(replicas <= PARTITIONS, name + ": more instances than partitions would stand idle");
            }
            assertEquals(d.getSpec().getSelector().getMatchLabels(),
                    filter(d.getSpec().getTemplate().getMetadata().getLabels(), d.getSpec().getSelector().getMatchLabels()),
                    name + ": the selector matches the pod's labels");
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (String kind : List.of("requests", "limits")) {
                var resources = kind.equals("requests") ? c.getResources().getRequests() : c.getResources().getLimits();
                assertNotNull(resources.get("cpu"), name + " cpu " + kind);
                assertNotNull(resources.get("memory"), name + " memory " + kind);
            }
            probe(name, c.getStartupProbe(), "/q/health/started");
            probe(name, c.getReadinessProbe(), "/q/health/ready");
            probe(name, c.getLivenessProbe(), "/q/health/live");
            assertEquals("http", c.getPorts().get(0).getName());
            Service s = find(objects, Service.class, name);
            assertEquals(d.getSpec().getSelector().getMatchLabels(), s.getSpec().getSelector());
            assertEquals("http", s.getSpec().getPorts().get(0).getTargetPort().getStrVal());
            assertEquals(c.getPorts().get(0).getContainerPort(), s.getSpec().getPorts().get(0).getPort());
            assertTrue(c.getImage().startsWith("khabar/" + name + ":"), c.getImage());
        }
    }

    @Test
    void theCheckFailsOnAMisspeltFieldAndOnAWrongType() {
        String misspelt = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  replica: 2\n";
        HasMetadata d = read(misspelt.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(List.of("Deployment x.spec.replica"), unknownFields(d, "Deployment x"));
        String wrongType = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  replicas: [two]\n";
        assertThrows(RuntimeException.class, () -> read(wrongType.getBytes(StandardCharsets.UTF_8)));
    }

    private List<HasMetadata> read(byte[] yaml) {
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : new String(yaml, StandardCharsets.UTF_8).split("(?m)^---\\s*$")) {
            if (doc.lines().anyMatch(l -> l.startsWith("kind:"))) {
                InputStream in = new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
                out.add(serialization.unmarshal(in));
            }
        }
        return out;
    }

    private static void probe(String name, Probe p, String path) {
        assertNotNull(p, name + " " + path);
        assertEquals(path, p.getHttpGet().getPath(), name);
        assertEquals("http", p.getHttpGet().getPort().getStrVal(), name);
    }

    private static <T extends HasMetadata> T find(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static Map<String, String> filter(Map<String, String> labels, Map<String, String> keys) {
        Map<String, String> out = new java.util.HashMap<>(labels);
        out.keySet().retainAll(keys.keySet());
        return out;
    }

    /**
     * Paths of the fields the API's types did not know: fabric8 keeps them in each object's
     * {@code getAdditionalProperties()}, so the object graph is walked and those maps must all be empty.
     */
    private static List<String> unknownFields(Object root, String path) {
        List<String> out = new ArrayList<>();
        walk(root, path, out, new IdentityHashMap<>());
        return out;
    }

    private static void walk(Object o, String path, List<String> out, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, out, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (field.equals("additionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> out.add(path + "." + k));
            } else {
                walk(value, path + "." + field, out, seen);
            }
        }
    }
}
