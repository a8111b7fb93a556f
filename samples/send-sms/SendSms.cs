// .NET 6 or later, top-level program: dotnet run
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

var client = new HttpClient();
var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(
    $"{Environment.GetEnvironmentVariable("SIGNALWIRE_PROJECT_ID")}:{Environment.GetEnvironmentVariable("SIGNALWIRE_API_TOKEN")}"));
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);

var response = await client.PostAsJsonAsync(
    $"{Environment.GetEnvironmentVariable("SIGNALWIRE_SPACE_URL")}/api/messaging/messages",
    new { to = "+15550001111", from = "+15559876543", body = "Hello from SignalWire" });
var result = await response.Content.ReadFromJsonAsync<JsonElement>();

if (!response.IsSuccessStatusCode)
{
    foreach (var error in result.GetProperty("errors").EnumerateArray())
        Console.Error.WriteLine($"{error.GetProperty("code")}: {error.GetProperty("message")} {error.GetProperty("url")}");
    return 1;
}
Console.WriteLine($"Message {result.GetProperty("id")} is {result.GetProperty("status")}.");
return 0;
