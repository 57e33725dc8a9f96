package io.khabar.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The embedded stack is real: a record and a row written before a restart are there after it. */
class KhabarStackTest {

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws Exception {
        Path home = Files.createTempDirectory("khabar-stack-test-");
        KhabarStack.Settings keep = new KhabarStack.Settings(home, KhabarStack.freePort(), KhabarStack.freePort(),
                KhabarStack.freePort(), Optional.empty(), Optional.empty(), "postgres", "postgres", false, true);
        try (KhabarStack stack = KhabarStack.start(keep)) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientProps(stack))) {
                producer.send(new ProducerRecord<>("stack.test", "k", "survives")).get(30, TimeUnit.SECONDS);
            }
            try (Connection c = connect(stack); Statement st = c.createStatement()) {
                st.execute("create table t (v text)");
                st.execute("insert into t values ('survives')");
            }
        }
        KhabarStack.Settings again = new KhabarStack.Settings(home, keep.kafkaPort(), keep.controllerPort(),
                keep.postgresPort(), Optional.empty(), Optional.empty(), "postgres", "postgres", true, true);
        try (KhabarStack stack = KhabarStack.start(again)) {
            Properties props = clientProps(stack);
            props.put("group.id", "stack-test");
            props.put("auto.offset.reset", "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of("stack.test"));
                String seen = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (seen == null && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        seen = records.iterator().next().value();
                    }
                }
                assertEquals("survives", seen);
            }
            try (Connection c = connect(stack); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select v from t")) {
                assertTrue(rs.next());
                assertEquals("survives", rs.getString(1));
            }
            assertEquals(stack.kafkaBootstrapServers(), stack.serviceEnvironment().get("KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals(stack.jdbcUrl(), stack.serviceEnvironment().get("QUARKUS_DATASOURCE_JDBC_URL"));
        }
        assertTrue(Files.notExists(home), "an ephemeral stack deletes its directory on close");
    }

    private static Properties clientProps(KhabarStack stack) {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        return props;
    }

    private static Connection connect(KhabarStack stack) throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    }
}
