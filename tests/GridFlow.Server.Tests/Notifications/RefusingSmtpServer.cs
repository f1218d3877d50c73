using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>
/// A tiny SMTP server that answers <c>550</c> to RCPT TO for the addresses it is told to refuse and accepts the
/// rest (netDumbster cannot refuse). It counts every RCPT attempt per address, to show a refusal is not retried.
/// </summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<string, bool> refuse;

    public RefusingSmtpServer(Func<string, bool> refuse)
    {
        this.refuse = refuse;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>RCPT TO attempts per address (lower case).</summary>
    public ConcurrentDictionary<string, int> RecipientAttempts { get; } = new();

    /// <summary>Messages accepted, per recipient (lower case).</summary>
    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 refusing.test ESMTP");
        var recipients = new List<string>();
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-refusing.test");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                    case "MAIL":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        var address = line[(line.IndexOf('<') + 1)..line.IndexOf('>')].ToLowerInvariant();
                        RecipientAttempts.AddOrUpdate(address, 1, (_, n) => n + 1);
                        if (refuse(address))
                        {
                            await writer.WriteLineAsync("550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                        }
                        else
                        {
                            recipients.Add(address);
                            await writer.WriteLineAsync("250 OK");
                        }

                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                        }

                        foreach (var recipient in recipients)
                        {
                            Accepted.AddOrUpdate(recipient, 1, (_, n) => n + 1);
                        }

                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client went away.
        }
    }
}
