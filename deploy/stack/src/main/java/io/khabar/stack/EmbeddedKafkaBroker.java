package io.khabar.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller, one node) running in this JVM.
 * <p>
 * Storage is formatted with Kafka's own {@link StorageTool} the first time a directory is used; a second start on the
 * same directory reuses the log, so topics and offsets survive a restart.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats {@code dataDir} if needed and starts a broker listening on {@code localhost:port}.
     *
     * @param dataDir        directory that holds the broker's log and metadata
     * @param port           client port (PLAINTEXT)
     * @param controllerPort port of the KRaft controller listener
     * @param partitions     default number of partitions of auto-created topics
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, int controllerPort, int partitions)
            throws IOException {
        Path logDir = dataDir.resolve("log");
        Files.createDirectories(logDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", Integer.toString(partitions));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // an article travels with its web page: allow records up to 16 MiB, as the producers do
        props.put("message.max.bytes", "16777216");
        props.put("replica.fetch.max.bytes", "16777216");
        format(dataDir, props);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(server, "localhost:" + port);
    }

    private static void format(Path dataDir, Properties props) throws IOException {
        if (Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
            return;
        }
        Path config = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config)) {
            props.store(w, "written by Khabar's embedded stack");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"format", "--config", config.toString(), "--cluster-id", Uuid.randomUuid().toString(),
            "--ignore-formatted"};
        int rc = StorageTool.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IOException("formatting Kafka storage in " + dataDir + " failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** {@code host:port} to give to Kafka clients. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
