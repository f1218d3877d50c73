using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "issue_attachments",
                columns: table => new
                {
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issue_attachments", x => new { x.attachment_id, x.issue_id });
                });

            // The photos completed tasks already name: every array element of a task's data that is an attachment's id.
            migrationBuilder.Sql("""
                INSERT INTO issue_attachments (attachment_id, issue_id)
                SELECT DISTINCT a.id, t.issue_id
                FROM workflow_tasks t
                CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(t.data) = 'object' THEN t.data ELSE '{}'::jsonb END) f
                CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(f.value) = 'array' THEN f.value ELSE '[]'::jsonb END) e(v)
                JOIN attachments a ON a.id::text = lower(e.v)
                ON CONFLICT DO NOTHING
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issue_attachments");
        }
    }
}
