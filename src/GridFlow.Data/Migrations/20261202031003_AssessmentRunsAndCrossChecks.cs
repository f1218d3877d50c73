using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentRunsAndCrossChecks : Migration
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
                name: "assessment_adjustments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    points = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    appeal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_adjustments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_adjustments_inspectors_inspector_id",
                        column: x => x.inspector_id,
                        principalTable: "inspectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheme_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    scheme_version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    facts_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    inspectors = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_runs", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "assessment_results",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    inspector_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    grid_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    county_id = table.Column<Guid>(type: "uuid", nullable: false),
                    city_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    score = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pay = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    rank_in_township = table.Column<int>(type: "integer", nullable: false),
                    rank_in_county = table.Column<int>(type: "integer", nullable: false),
                    rank_in_city = table.Column<int>(type: "integer", nullable: false),
                    lines = table.Column<string>(type: "json", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_results", x => new { x.run_id, x.inspector_id });
                    table.ForeignKey(
                        name: "fk_assessment_results_assessment_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "assessment_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issues_cross_check_id",
                table: "issues",
                column: "cross_check_id",
                filter: "cross_check_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_adjustments_at",
                table: "assessment_adjustments",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_adjustments_inspector_id_at",
                table: "assessment_adjustments",
                columns: new[] { "inspector_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_results_inspector_id",
                table: "assessment_results",
                column: "inspector_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_runs_one_scheduled_per_period",
                table: "assessment_runs",
                columns: new[] { "scheme_id", "kind", "period_from", "period_to" },
                unique: true,
                filter: "trigger = 'schedule'");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_runs_scheme_id_period_from_period_to",
                table: "assessment_runs",
                columns: new[] { "scheme_id", "period_from", "period_to" });

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
                name: "assessment_adjustments");

            migrationBuilder.DropTable(
                name: "assessment_results");

            migrationBuilder.DropTable(
                name: "cross_checks");

            migrationBuilder.DropTable(
                name: "assessment_runs");

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
