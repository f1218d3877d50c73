using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class HotUpdatesForIssuesAndInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issues_status_reported_at",
                table: "issues");

            migrationBuilder.AlterTable(
                name: "workflow_instances")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.AlterTable(
                name: "issues")
                .Annotation("Npgsql:StorageParameter:fillfactor", 85);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "workflow_instances")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.AlterTable(
                name: "issues")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 85);

            migrationBuilder.CreateIndex(
                name: "ix_issues_status_reported_at",
                table: "issues",
                columns: new[] { "status", "reported_at" });
        }
    }
}
