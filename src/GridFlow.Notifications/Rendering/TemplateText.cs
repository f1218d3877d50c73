namespace GridFlow.Notifications.Rendering;

/// <summary>The Liquid source of one notification template: a one-line subject and a plain-text body.</summary>
public sealed record TemplateText(string Subject, string Body)
{
    /// <summary>Splits a template file: the first line is the subject, the rest the body.</summary>
    public static TemplateText FromFile(string text)
    {
        var normalised = text.ReplaceLineEndings("\n");
        var newline = normalised.IndexOf('\n');
        return newline < 0 ? new TemplateText(normalised, "") : new TemplateText(normalised[..newline], normalised[(newline + 1)..]);
    }
}
