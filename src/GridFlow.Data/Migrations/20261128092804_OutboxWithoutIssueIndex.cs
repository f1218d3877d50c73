using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxWithoutIssueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_issue_id",
                table: "outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_issue_id",
                table: "outbox",
                column: "issue_id");
        }
    }
}
