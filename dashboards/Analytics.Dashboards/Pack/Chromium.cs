using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// Headless Chromium (Debian's package) as the pack's renderer: one browser per pack, started
/// once with its own profile folder and driven over the DevTools protocol (a WebSocket on
/// loopback) — pages are opened, scripts awaited, pages printed to PDF with the page's own
/// @page rules. Disposing it ends the browser; a browser that overruns is killed whole.
/// </summary>
public sealed partial class Chromium : IDisposable
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _replies = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _loads = new();
    private readonly object _start = new();
    private Process? _process;
    private DirectoryInfo? _profile;
    private ClientWebSocket? _socket;
    private int _id;

    /// <summary>A browser (started at the first use).</summary>
    public Chromium(string? executable = null, TimeSpan? timeout = null)
    {
        Executable = executable ?? Find() ?? throw new InvalidOperationException(
            "the pack is rendered by headless Chromium and none was found: install Debian's package (sudo apt-get install chromium) or set Pack:Chromium to the browser's path");
        _timeout = timeout ?? TimeSpan.FromMinutes(3);
    }

    /// <summary>The browser executable: the configured one, else the first of the usual names on PATH.</summary>
    public string Executable { get; }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Candidates.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Prints a local HTML file to PDF with the page's own @page rules (size, margins, running header and footer).</summary>
    public void PrintToPdf(string html, string pdf)
    {
        using var page = Open(html);
        page.PrintToPdf(pdf);
    }

    /// <summary>Opens a local HTML file in a new tab, loaded (its load event fired); disposing the page closes the tab.</summary>
    public ChromiumPage Open(string html)
    {
        Start();
        var target = Call("Target.createTarget", new { url = "about:blank" })["targetId"]!.GetValue<string>();
        try
        {
            var session = Call("Target.attachToTarget", new { targetId = target, flatten = true })["sessionId"]!.GetValue<string>();
            var loaded = _loads.GetOrAdd(session, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
            Call("Page.enable", new { }, session);
            Call("Page.navigate", new { url = new Uri(html).AbsoluteUri }, session);
            if (!loaded.Task.Wait(_timeout))
            {
                throw new InvalidOperationException($"Chromium did not load {html} within {_timeout.TotalSeconds:0} s");
            }
            return new ChromiumPage(this, target, session);
        }
        catch
        {
            Close(target);
            throw;
        }
    }

    /// <summary>An open tab: scripts evaluated in it, printed to PDF.</summary>
    public sealed class ChromiumPage(Chromium browser, string target, string session) : IDisposable
    {
        /// <summary>The value of a script expression in the page (a promise is awaited); a thrown error is an exception with its message.</summary>
        public JsonNode? Evaluate(string expression)
        {
            var result = browser.Call("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, session);
            if (result["exceptionDetails"] is { } error)
            {
                // The description of an Error is its message and then its stack: the first line says it.
                var description = (error["exception"]?["description"] ?? error["text"])?.ToString() ?? "";
                throw new InvalidOperationException("a script of the pack failed in Chromium: " + description.Split('\n')[0]);
            }
            return result["result"]?["value"];
        }

        /// <summary>Prints the page as it is now to PDF, with its own @page rules.</summary>
        public void PrintToPdf(string pdf)
        {
            var result = browser.Call("Page.printToPDF", new
            {
                printBackground = true,
                preferCSSPageSize = true,
                displayHeaderFooter = false,
                generateDocumentOutline = true,
            }, session);
            File.WriteAllBytes(pdf, Convert.FromBase64String(result["data"]!.GetValue<string>()));
        }

        /// <summary>Closes the tab.</summary>
        public void Dispose() => browser.Close(target);
    }

    private void Close(string target)
    {
        if (_socket is { State: WebSocketState.Open })
        {
            Call("Target.closeTarget", new { targetId = target });
        }
    }

    private void Start()
    {
        lock (_start)
        {
            if (_socket is not null)
            {
                return;
            }
            _profile = Directory.CreateTempSubdirectory("analytics-chromium-");
            var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-dev-shm-usage", "--allow-file-access-from-files", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + _profile.FullName, "about:blank"])
            {
                start.ArgumentList.Add(argument);
            }
            _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
            _process.StandardOutput.ReadToEndAsync();
            var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var seen = new StringBuilder();
            _ = Task.Run(async () =>
            {
                while (await _process.StandardError.ReadLineAsync() is { } line)
                {
                    if (Endpoint().Match(line) is { Success: true } match)
                    {
                        endpoint.TrySetResult(match.Groups[1].Value);
                    }
                    else if (!endpoint.Task.IsCompleted)
                    {
                        seen.AppendLine(line);
                    }
                }
                endpoint.TrySetException(new InvalidOperationException("Chromium ended before it was ready: " + seen.ToString().Trim()));
            });
            if (!endpoint.Task.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException("Chromium did not start within 60 s");
            }
            var socket = new ClientWebSocket();
            socket.ConnectAsync(new Uri(endpoint.Task.Result), CancellationToken.None).GetAwaiter().GetResult();
            _socket = socket;
            _ = Task.Run(Receive);
        }
    }

    private JsonNode Call(string method, object parameters, string? session = null)
    {
        var id = Interlocked.Increment(ref _id);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) };
        if (session is not null)
        {
            message["sessionId"] = session;
        }
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        _send.Wait();
        try
        {
            _socket!.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            _send.Release();
        }
        if (!reply.Task.Wait(_timeout))
        {
            _replies.TryRemove(id, out _);
            throw new InvalidOperationException($"Chromium did not answer {method} within {_timeout.TotalSeconds:0} s");
        }
        return reply.Task.Result;
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket is { State: WebSocketState.Open } socket)
            {
                var part = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }
                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && _replies.TryRemove(id.GetValue<int>(), out var reply))
                {
                    if (node["error"] is { } error)
                    {
                        reply.TrySetException(new InvalidOperationException("Chromium: " + error["message"]));
                    }
                    else
                    {
                        reply.TrySetResult(node["result"] ?? new JsonObject());
                    }
                }
                else if (node["method"]?.GetValue<string>() == "Page.loadEventFired" && node["sessionId"]?.GetValue<string>() is { } session)
                {
                    _loads.GetOrAdd(session, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(true);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away: whoever waits gets the failure below.
        }
        foreach (var reply in _replies.Values)
        {
            reply.TrySetException(new InvalidOperationException("Chromium closed the connection"));
        }
    }

    /// <summary>Ends the browser and removes its profile folder.</summary>
    public void Dispose()
    {
        try
        {
            _socket?.Abort();
            _socket?.Dispose();
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
        _process?.Dispose();
        _send.Dispose();
        try
        {
            _profile?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A helper may hold a file for a moment; the temp folder is cleaned by the system.
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Endpoint();
}
