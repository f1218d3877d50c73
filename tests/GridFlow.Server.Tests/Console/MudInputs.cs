using Microsoft.Playwright;

namespace GridFlow.Server.Tests.Console;

/// <summary>Driving MudBlazor's inputs as a user does: a select opens a popover list, a text field takes typing.</summary>
public static class MudInputs
{
    /// <summary>Opens the select carrying <paramref name="id"/> and clicks the item whose text contains <paramref name="itemText"/>.</summary>
    public static async Task SelectAsync(IPage page, string id, string itemText)
    {
        await page.Locator($"#{id}").Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = itemText }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Replaces a text field's value (MudTextField binds on change; Tab commits it).</summary>
    public static async Task FillAsync(IPage page, string id, string value)
    {
        await page.FillAsync($"#{id}", value);
        await page.PressAsync($"#{id}", "Tab");
    }

    /// <summary>The helper or error text under the field carrying <paramref name="id"/>.</summary>
    public static ILocator ErrorOf(IPage page, string id) =>
        page.Locator($"#{id}").Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-input-control ')][1]").Locator(".mud-input-helper-text");
}
