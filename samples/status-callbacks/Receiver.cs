// A status callback receiver in C# with no packages: HttpListener and DataContractJsonSerializer
// are in .NET and in Mono alike.
//   .NET 6 or later: dotnet new console, put this file in place of Program.cs, then dotnet run
//   Mono: mcs -r:System.Runtime.Serialization Receiver.cs && mono Receiver.exe
// PORT defaults to 3001. SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API
// Credentials); during a key change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it.
// PUBLIC_URL: the URL SignalWire calls, exactly as given in status_callback (unset: the URL the
// request came to). It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to
// take real callbacks.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Security.Cryptography;
using System.Text;

public static class Receiver
{
    [DataContract]
    public class StatusEvent
    {
        [DataMember(Name = "id")] public string Id { get; set; }
        [DataMember(Name = "status")] public string Status { get; set; }
        [DataMember(Name = "error_code")] public string ErrorCode { get; set; }
        [DataMember(Name = "error_message")] public string ErrorMessage { get; set; }
        [DataMember(Name = "custom_variables")] public Dictionary<string, string> CustomVariables { get; set; }
    }

    static readonly string[] SigningKeys = new[] { "SIGNALWIRE_SIGNING_KEY", "SIGNALWIRE_SIGNING_KEY_PREVIOUS" }
        .Select(Environment.GetEnvironmentVariable)
        .Where(key => !string.IsNullOrEmpty(key))
        .ToArray();

    // SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
    static bool SignedBySignalWire(string url, byte[] rawBody, string signature)
    {
        if (signature == null) return false;
        var message = Encoding.UTF8.GetBytes(url).Concat(rawBody).ToArray();
        foreach (var key in SigningKeys)
        {
            using (var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(key)))
            {
                var expected = string.Concat(hmac.ComputeHash(message).Select(b => b.ToString("x2")));
                if (FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(signature))) return true;
            }
        }
        return false;
    }

    // Takes as long whatever matches, so timing tells an attacker nothing. .NET Core 2.1 and later
    // have it as CryptographicOperations.FixedTimeEquals; Mono does not.
    static bool FixedTimeEquals(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        var difference = 0;
        for (var i = 0; i < a.Length; i++) difference |= a[i] ^ b[i];
        return difference == 0;
    }

    // Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
    static readonly HashSet<string> Handled = new HashSet<string>();
    static readonly HashSet<string> FinalStatuses = new HashSet<string> { "delivered", "undelivered", "failed" };

    static void StatusCallback(HttpListenerContext context)
    {
        // The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
        byte[] rawBody;
        using (var buffer = new MemoryStream())
        {
            context.Request.InputStream.CopyTo(buffer);
            rawBody = buffer.ToArray();
        }
        var url = Environment.GetEnvironmentVariable("PUBLIC_URL");
        if (string.IsNullOrEmpty(url)) url = "http://" + context.Request.Headers["Host"] + context.Request.RawUrl;
        if (!SignedBySignalWire(url, rawBody, context.Request.Headers["X-SignalWire-Signature"]))
        {
            context.Response.StatusCode = 403;
            context.Response.Close();
            return;
        }
        // Answer 200 first and quickly; do slow work after answering.
        context.Response.StatusCode = 200;
        context.Response.Close();

        StatusEvent e;
        try
        {
            var settings = new DataContractJsonSerializerSettings { UseSimpleDictionaryFormat = true };
            e = (StatusEvent)new DataContractJsonSerializer(typeof(StatusEvent), settings).ReadObject(new MemoryStream(rawBody));
        }
        catch (SerializationException)
        {
            return; // not JSON
        }
        // SignalWire signs its other webhooks the same way: handle message status events only.
        if (e.Id == null || e.Status == null || !Handled.Add(e.Id + ":" + e.Status)) return;
        var final = FinalStatuses.Contains(e.Status) ? " (final)" : "";
        // error_code can be null while error_message says what failed: print whichever is there.
        var error = e.ErrorCode != null || e.ErrorMessage != null ? $" {e.ErrorCode ?? "no code"}: {e.ErrorMessage}" : "";
        // The custom_variables the message was sent with, if any, come back with every event.
        var variables = string.Concat((e.CustomVariables ?? new Dictionary<string, string>()).Select(v => $" {v.Key}={v.Value}"));
        Console.WriteLine($"{e.Id} {e.Status}{final}{error}{variables}");
    }

    public static void Main()
    {
        if (SigningKeys.Length == 0)
        {
            Console.Error.WriteLine("Set SIGNALWIRE_SIGNING_KEY to your Signing Key.");
            Environment.Exit(1);
        }
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "3001"}/");
        listener.Start();
        Console.WriteLine("Listening for status callbacks");
        // One request at a time, so the handled set needs no lock.
        while (true) StatusCallback(listener.GetContext());
    }
}
