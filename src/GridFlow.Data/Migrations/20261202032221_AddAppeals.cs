using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_appeals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    line_points = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    region_path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decision = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    points_requested = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    points_given = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    adjustment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_appeals_assessment_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "assessment_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessment_appeals_inspectors_inspector_id",
                        column: x => x.inspector_id,
                        principalTable: "inspectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_result_revisions",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pay = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    rank_in_township = table.Column<int>(type: "integer", nullable: false),
                    rank_in_county = table.Column<int>(type: "integer", nullable: false),
                    rank_in_city = table.Column<int>(type: "integer", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    replaced_by_appeal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    replaced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_result_revisions", x => new { x.run_id, x.inspector_id, x.revision });
                    table.ForeignKey(
                        name: "fk_assessment_result_revisions_assessment_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "assessment_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_appeals_case_id",
                table: "assessment_appeals",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessment_appeals_inspector_id_filed_at",
                table: "assessment_appeals",
                columns: new[] { "inspector_id", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_appeals_open",
                table: "assessment_appeals",
                column: "filed_at",
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_appeals_region_path_filed_at",
                table: "assessment_appeals",
                columns: new[] { "region_path", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_appeals_run_id_inspector_id_item_id",
                table: "assessment_appeals",
                columns: new[] { "run_id", "inspector_id", "item_id" },
                unique: true,
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_result_revisions_replaced_by_appeal_id",
                table: "assessment_result_revisions",
                column: "replaced_by_appeal_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_appeals");

            migrationBuilder.DropTable(
                name: "assessment_result_revisions");
        }
    }
}
