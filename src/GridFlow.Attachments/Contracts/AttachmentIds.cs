using Npgsql;

namespace GridFlow.Attachments.Contracts;

/// <summary>
/// How other modules check that ids name uploaded attachments: an id that is not a GUID names nothing. The task
/// completion asks in the round trip that takes its lock, with <see cref="ExistingSql"/>.
/// </summary>
public static class AttachmentIds
{
    /// <summary>
    /// Part of this module's contract, for a caller on a measured hot path that must ask in a round trip of its own
    /// (the task completion, see docs/adr/0004-hand-written-sql.md): the ids among <c>$1</c> (<c>uuid[]</c>) that exist,
    /// read back with <see cref="ReadExistingAsync"/>. Attachments never change, so it needs no lock.
    /// </summary>
    public const string ExistingSql = "SELECT id FROM attachments WHERE id = ANY($1)";

    public static Guid? Parse(string? id) => Guid.TryParse(id, out var guid) ? guid : null;

    /// <summary>The distinct ids that could name an attachment.</summary>
    public static List<Guid> Candidates(IEnumerable<string?> ids) => ids.Select(Parse).OfType<Guid>().Distinct().ToList();

    /// <summary>The ids, each once, that name no attachment in <paramref name="existing"/>.</summary>
    public static List<string> Missing(IEnumerable<string> ids, IReadOnlySet<Guid> existing) =>
        ids.Where(id => Parse(id) is not { } guid || !existing.Contains(guid)).Distinct().ToList();

    /// <summary>Reads the result of <see cref="ExistingSql"/>, where the reader stands.</summary>
    public static async Task<HashSet<Guid>> ReadExistingAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var existing = new HashSet<Guid>();
        var id = reader.GetOrdinal("id");
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetGuid(id));
        }

        return existing;
    }
}
