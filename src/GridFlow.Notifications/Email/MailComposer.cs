using MimeKit;

namespace GridFlow.Notifications.Email;

/// <summary>
/// Builds the MIME message of a mail. Its Message-ID is <c>&lt;{id}@gridflow&gt;</c>, fixed by the row, so a mail
/// sent again after a lost reply is recognisably the same mail.
/// </summary>
public sealed class MailComposer(IOptions<SmtpOptions> options)
{
    public MimeMessage Compose(ClaimedEmail email)
    {
        var settings = options.Value;
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:D}@gridflow",
            Subject = email.Subject,
            Body = new TextPart("plain") { Text = email.Body },
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }
}
