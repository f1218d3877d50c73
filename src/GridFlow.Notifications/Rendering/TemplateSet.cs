namespace GridFlow.Notifications.Rendering;

/// <summary>The templates in force at one moment: designers' overrides over the embedded defaults.</summary>
public sealed class TemplateSet(IReadOnlyDictionary<(string Name, string Culture), TemplateText> overrides)
{
    /// <summary>The template for the kind in the language, falling back to zh-CN; null for an unknown kind.</summary>
    public TemplateText? Find(string name, string culture) =>
        overrides.GetValueOrDefault((name, culture))
        ?? EmbeddedTemplates.Find(name, culture)
        ?? overrides.GetValueOrDefault((name, TemplateNames.ZhCn))
        ?? EmbeddedTemplates.Find(name, TemplateNames.ZhCn);
}
