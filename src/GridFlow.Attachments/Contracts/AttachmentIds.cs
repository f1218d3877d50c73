namespace GridFlow.Attachments.Contracts;

/// <summary>
/// The rules for naming attachments, shared by <see cref="IAttachmentLookup"/> and by callers that check existence in
/// a round trip of their own (task completion asks together with its lock): an id that is not a GUID names nothing.
/// </summary>
public static class AttachmentIds
{
    /// <summary>The ids among <c>$1</c> (<c>uuid[]</c>) that exist. Attachments never change, so it needs no lock.</summary>
    public const string ExistingSql = "SELECT id FROM attachments WHERE id = ANY($1)";

    public static Guid? Parse(string? id) => Guid.TryParse(id, out var guid) ? guid : null;

    /// <summary>The distinct ids that could name an attachment.</summary>
    public static List<Guid> Candidates(IEnumerable<string?> ids) => ids.Select(Parse).OfType<Guid>().Distinct().ToList();

    /// <summary>The ids, each once, that name no attachment in <paramref name="existing"/>.</summary>
    public static List<string> Missing(IEnumerable<string> ids, IReadOnlySet<Guid> existing) =>
        ids.Where(id => Parse(id) is not { } guid || !existing.Contains(guid)).Distinct().ToList();
}
