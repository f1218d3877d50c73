using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class JournalReadByIssueOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_journal_at",
                table: "workflow_journal");

            migrationBuilder.DropIndex(
                name: "ix_workflow_journal_instance_id_id",
                table: "workflow_journal");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_at",
                table: "workflow_journal",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_instance_id_id",
                table: "workflow_journal",
                columns: new[] { "instance_id", "id" });
        }
    }
}
