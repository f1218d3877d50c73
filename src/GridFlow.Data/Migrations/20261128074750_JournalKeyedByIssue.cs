using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class JournalKeyedByIssue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_workflow_journal",
                table: "workflow_journal");

            migrationBuilder.DropIndex(
                name: "ix_workflow_journal_issue_id_id",
                table: "workflow_journal");

            migrationBuilder.AddPrimaryKey(
                name: "pk_workflow_journal",
                table: "workflow_journal",
                columns: new[] { "issue_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_workflow_journal",
                table: "workflow_journal");

            migrationBuilder.AddPrimaryKey(
                name: "pk_workflow_journal",
                table: "workflow_journal",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_issue_id_id",
                table: "workflow_journal",
                columns: new[] { "issue_id", "id" });
        }
    }
}
