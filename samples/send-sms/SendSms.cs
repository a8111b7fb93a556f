// C# with no packages: HttpClient and DataContractJsonSerializer are in .NET and in Mono alike.
//   .NET 6 or later: dotnet new console, put this file in place of Program.cs, then dotnet run
//   Mono: mcs -r:System.Net.Http -r:System.Runtime.Serialization SendSms.cs && mono SendSms.exe
using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading.Tasks;

public static class SendSms
{
    [DataContract]
    public class SendRequest
    {
        [DataMember(Name = "to")] public string To { get; set; }
        [DataMember(Name = "from")] public string From { get; set; }
        [DataMember(Name = "body")] public string Body { get; set; }
    }

    // 201: the Message.
    [DataContract]
    public class Message
    {
        [DataMember(Name = "id")] public string Id { get; set; }
        [DataMember(Name = "status")] public string Status { get; set; }
    }

    // 422: the request broke one or more rules, one entry each.
    [DataContract]
    public class RuleErrors
    {
        [DataMember(Name = "errors")] public RuleError[] Errors { get; set; }
    }

    [DataContract]
    public class RuleError
    {
        [DataMember(Name = "code")] public string Code { get; set; }
        [DataMember(Name = "message")] public string Message { get; set; }
        [DataMember(Name = "url")] public string Url { get; set; }
    }

    // Any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page).
    [DataContract]
    public class OtherError
    {
        [DataMember(Name = "error")] public string Error { get; set; }
    }

    static string ToJson<T>(T value)
    {
        using (var stream = new MemoryStream())
        {
            new DataContractJsonSerializer(typeof(T)).WriteObject(stream, value);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    static T FromJson<T>(byte[] json) where T : class
    {
        try
        {
            return (T)new DataContractJsonSerializer(typeof(T)).ReadObject(new MemoryStream(json));
        }
        catch (SerializationException)
        {
            return null; // not JSON
        }
    }

    // Mono's compiler has no async Main (C# 7.1), so Main waits for Send. Environment.Exit rather
    // than return: at a plain return, Mono can wait up to a minute for idle thread-pool threads.
    public static void Main()
    {
        Environment.Exit(Send().GetAwaiter().GetResult());
    }

    static async Task<int> Send()
    {
        var client = new HttpClient();
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            Environment.GetEnvironmentVariable("SIGNALWIRE_PROJECT_ID") + ":" + Environment.GetEnvironmentVariable("SIGNALWIRE_API_TOKEN")));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        var request = new SendRequest { To = "+15550001111", From = "+15559876543", Body = "Hello from SignalWire" };
        var response = await client.PostAsync(
            Environment.GetEnvironmentVariable("SIGNALWIRE_SPACE_URL") + "/api/messaging/messages",
            new StringContent(ToJson(request), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();

        if ((int)response.StatusCode == 422)
        {
            foreach (var error in FromJson<RuleErrors>(body).Errors)
                Console.Error.WriteLine($"{error.Code}: {error.Message} {error.Url}");
            return 1;
        }
        if (!response.IsSuccessStatusCode)
        {
            var error = FromJson<OtherError>(body);
            Console.Error.WriteLine($"HTTP {(int)response.StatusCode}: {error?.Error ?? response.ReasonPhrase}");
            return 1;
        }
        var message = FromJson<Message>(body);
        Console.WriteLine($"Message {message.Id} is {message.Status}.");
        return 0;
    }
}
