using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndexIssueListsAndPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_issues_discovered_at_id",
                table: "issues",
                columns: new[] { "discovered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_issue_attachments_issue_id",
                table: "issue_attachments",
                column: "issue_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issues_discovered_at_id",
                table: "issues");

            migrationBuilder.DropIndex(
                name: "ix_issue_attachments_issue_id",
                table: "issue_attachments");
        }
    }
}
