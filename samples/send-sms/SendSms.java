// Java 11 or later, no libraries needed: java SendSms.java
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class SendSms {
    public static void main(String[] args) throws Exception {
        String credentials = System.getenv("SIGNALWIRE_PROJECT_ID") + ":" + System.getenv("SIGNALWIRE_API_TOKEN");
        String body = "{\"to\": \"+15550001111\", \"from\": \"+15559876543\", \"body\": \"Hello from SignalWire\"}";
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create(System.getenv("SIGNALWIRE_SPACE_URL") + "/api/messaging/messages"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        // Java has no JSON parser of its own: parse the body with your JSON library. Its shape:
        //   201: the Message, {"id": ..., "status": "queued", ...}
        //   422: {"errors": [{"type", "code", "message", "attribute", "url"}, ...]}, one per broken rule
        //   any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page)
        if (response.statusCode() != 201) {
            System.err.println("HTTP " + response.statusCode() + ": " + response.body());
            System.exit(1);
        }
        System.out.println(response.body());
    }
}
