using System.Collections.Frozen;

namespace GridFlow.Notifications.Rendering;

/// <summary>
/// The default templates shipped in the assembly as <c>Templates/&lt;culture&gt;/&lt;kind&gt;.liquid</c>
/// (the project gives them these logical names). Designers' rows in <c>notification_templates</c> override them.
/// </summary>
public static class EmbeddedTemplates
{
    private static readonly Lazy<FrozenDictionary<(string Name, string Culture), TemplateText>> All = new(Load);

    /// <summary>The shipped template, or null when none exists for that kind and language.</summary>
    public static TemplateText? Find(string name, string culture) => All.Value.GetValueOrDefault((name, culture));

    private static FrozenDictionary<(string Name, string Culture), TemplateText> Load()
    {
        var assembly = typeof(EmbeddedTemplates).Assembly;
        var templates = new Dictionary<(string, string), TemplateText>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var parts = resource.Split('/', '\\');
            if (parts is not ["Templates", var culture, var file] || !file.EndsWith(".liquid", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            templates[(file[..^".liquid".Length], culture)] = TemplateText.FromFile(reader.ReadToEnd());
        }

        return templates.ToFrozenDictionary();
    }
}
