using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCrossChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "cross_check_id",
                table: "issues",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "designated_user_id",
                table: "issues",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "issues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "issue");

            migrationBuilder.CreateTable(
                name: "cross_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    grid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    checker_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordered_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ordered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cross_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_cross_checks_grids_grid_id",
                        column: x => x.grid_id,
                        principalTable: "grids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issues_cross_check_id",
                table: "issues",
                column: "cross_check_id",
                filter: "cross_check_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_cross_checks_case_id",
                table: "cross_checks",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cross_checks_checker_user_id_ordered_at",
                table: "cross_checks",
                columns: new[] { "checker_user_id", "ordered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cross_checks_grid_id",
                table: "cross_checks",
                column: "grid_id");

            migrationBuilder.CreateIndex(
                name: "ix_cross_checks_region_path_ordered_at",
                table: "cross_checks",
                columns: new[] { "region_path", "ordered_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cross_checks");

            migrationBuilder.DropIndex(
                name: "ix_issues_cross_check_id",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "cross_check_id",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "designated_user_id",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "issues");
        }
    }
}
