using MimeKit;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>A mail as a test SMTP server received it, parsed with MimeKit (subjects arrive encoded).</summary>
public sealed record ReceivedMail(string MessageId, string To, string Subject, string Body)
{
    public static ReceivedMail Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        var message = MimeMessage.Load(stream);
        return new ReceivedMail(message.MessageId ?? "", string.Join(",", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", message.TextBody ?? "");
    }
}
