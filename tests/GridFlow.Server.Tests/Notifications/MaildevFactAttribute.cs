namespace GridFlow.Server.Tests.Notifications;

/// <summary>A test that needs the maildev that <c>./gridflow test</c> starts; skipped (with a note) without it.</summary>
public sealed class MaildevFactAttribute : FactAttribute
{
    public MaildevFactAttribute()
    {
        if (MaildevSettings.Api is null || MaildevSettings.Smtp is null)
        {
            Skip = "No maildev: GRIDFLOW_TEST_MAILDEV_API and GRIDFLOW_TEST_MAILDEV_SMTP are set by ./gridflow test.";
        }
    }
}
