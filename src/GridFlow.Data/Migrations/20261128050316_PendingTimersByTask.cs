using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class PendingTimersByTask : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_timers_task_id",
                table: "workflow_timers");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_timers_pending_task",
                table: "workflow_timers",
                column: "task_id",
                filter: "status = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_timers_pending_task",
                table: "workflow_timers");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_timers_task_id",
                table: "workflow_timers",
                column: "task_id");
        }
    }
}
