// A status callback receiver: Java 11 or later, no libraries needed: java Receiver.java
// PORT defaults to 3001. SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API
// Credentials); during a key change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it.
// PUBLIC_URL: the URL SignalWire calls, exactly as given in status_callback (unset: the URL the
// request came to). It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to
// take real callbacks.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Receiver {
    static final List<String> signingKeys = new ArrayList<>();

    // SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
    static boolean signedBySignalWire(String url, byte[] rawBody, String signature) throws GeneralSecurityException {
        if (signature == null) return false;
        for (String key : signingKeys) {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(url.getBytes(StandardCharsets.UTF_8));
            StringBuilder expected = new StringBuilder();
            for (byte b : mac.doFinal(rawBody)) expected.append(String.format("%02x", b));
            // MessageDigest.isEqual takes as long whatever matches, so timing tells an attacker nothing.
            if (MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    static void statusCallback(HttpExchange exchange) throws IOException, GeneralSecurityException {
        try {
            // The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
            byte[] rawBody = exchange.getRequestBody().readAllBytes();
            String url = System.getenv("PUBLIC_URL");
            if (url == null || url.isEmpty()) {
                url = "http://" + exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI().toString();
            }
            if (!signedBySignalWire(url, rawBody, exchange.getRequestHeaders().getFirst("X-SignalWire-Signature"))) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            // Answer 200 first and quickly; do slow work after answering.
            exchange.sendResponseHeaders(200, -1);
            // Java has no JSON parser of its own: parse the event with your JSON library, skip an
            // (id, status) pair already handled (callbacks can repeat and arrive out of order), then
            // act on it. This prints the verified event as it came.
            System.out.println(new String(rawBody, StandardCharsets.UTF_8));
        } finally {
            exchange.close();
        }
    }

    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"SIGNALWIRE_SIGNING_KEY", "SIGNALWIRE_SIGNING_KEY_PREVIOUS"}) {
            String key = System.getenv(name);
            if (key != null && !key.isEmpty()) signingKeys.add(key);
        }
        if (signingKeys.isEmpty()) {
            System.err.println("Set SIGNALWIRE_SIGNING_KEY to your Signing Key.");
            System.exit(1);
        }
        String port = System.getenv().getOrDefault("PORT", "3001");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 0);
        server.createContext("/", exchange -> {
            try {
                statusCallback(exchange);
            } catch (GeneralSecurityException error) {
                throw new IllegalStateException("HmacSHA1 is part of every Java runtime", error);
            }
        });
        server.start();
        System.out.println("Listening for status callbacks");
    }
}
