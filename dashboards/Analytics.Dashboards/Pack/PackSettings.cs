namespace Analytics.Dashboards.Pack;

/// <summary>
/// What the title page says besides the figures (configuration section <c>Pack</c>) and where the
/// browser that renders the PDF and the chart pictures is.
/// </summary>
public sealed record PackSettings(
    string Organization = "Департамент образования и науки",
    string Meeting = "Заседание коллегии",
    string Author = "Отдел мониторинга и аналитики",
    string? Chromium = null,
    int MinCell = 10);
