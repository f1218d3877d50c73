using GridFlow.Attachments.Contracts;

namespace GridFlow.Assessments.Sources;

/// <summary>A photo of a pollution source or of a check-in at one may be read by whoever sees the source (<see cref="SourceAccess"/>).</summary>
public sealed class SourcePhotoReaders(NpgsqlDataSource database, GridSpatialIndex grids) : IAttachmentReaders
{
    public async Task<bool> MayReadAsync(Caller caller, Guid attachmentId, CancellationToken cancellationToken)
    {
        // Both arrays have GIN indexes, which answer @> (not = ANY).
        await using var command = Sql.Command(database, """
            SELECT grid_id FROM pollution_sources WHERE photos @> ARRAY[$1]::uuid[]
            UNION
            SELECT s.grid_id FROM pollution_source_check_ins c JOIN pollution_sources s ON s.id = c.source_id WHERE c.photos @> ARRAY[$1]::uuid[]
            """, attachmentId);
        var gridIds = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var gridId = reader.GetOrdinal("grid_id");
            while (await reader.ReadAsync(cancellationToken))
            {
                gridIds.Add(reader.GetGuid(gridId));
            }
        }

        if (gridIds.Count == 0)
        {
            return false;
        }

        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        return gridIds.Any(id => caller.CanSeeSourcesOf(snapshot.Find(id)));
    }
}
