using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <summary>
    /// Local non-working days become local calendar days, each a day off or a make-up workday. Renamed in place, not
    /// dropped and created (as scaffolded), so the days designers entered are kept; they are all days off.
    /// </summary>
    public partial class LocalMakeUpWorkdays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "local_non_working_days", newName: "local_calendar_days");
            migrationBuilder.Sql("ALTER TABLE local_calendar_days RENAME CONSTRAINT pk_local_non_working_days TO pk_local_calendar_days");
            migrationBuilder.AddColumn<bool>(
                name: "working",
                table: "local_calendar_days",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The make-up workdays have no place in the old table.
            migrationBuilder.Sql("DELETE FROM local_calendar_days WHERE working");
            migrationBuilder.DropColumn(name: "working", table: "local_calendar_days");
            migrationBuilder.Sql("ALTER TABLE local_calendar_days RENAME CONSTRAINT pk_local_calendar_days TO pk_local_non_working_days");
            migrationBuilder.RenameTable(name: "local_calendar_days", newName: "local_non_working_days");
        }
    }
}
