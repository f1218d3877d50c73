using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The one writer of <c>issue_attachments</c>: the photos a completion names in its photo fields become the issue's.</summary>
public static class IssueAttachmentRows
{
    public static void Link(NpgsqlBatch batch, Guid issueId, IReadOnlyCollection<Guid> attachmentIds)
    {
        if (attachmentIds.Count > 0)
        {
            Sql.Add(batch, """
                INSERT INTO issue_attachments (attachment_id, issue_id) SELECT a, $2 FROM unnest($1::uuid[]) AS a ON CONFLICT DO NOTHING
                """, attachmentIds.ToArray(), issueId);
        }
    }
}
