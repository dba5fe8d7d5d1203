namespace Analytics.App.Options;

/// <summary>The <c>Pack</c> section: what the collegium pack's title page says and how it is rendered.</summary>
public sealed class PackOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Pack";

    /// <summary>The department, on the title page.</summary>
    public string Organization { get; set; } = "Департамент образования и науки";

    /// <summary>The meeting the pack is for.</summary>
    public string Meeting { get; set; } = "Заседание коллегии";

    /// <summary>Who prepared the pack.</summary>
    public string Author { get; set; } = "Отдел мониторинга и аналитики";

    /// <summary>The Chromium executable (default: chromium, chromium-browser, google-chrome on PATH).</summary>
    public string? Chromium { get; set; }

    /// <summary>Whether the site build (build-site, demo, the service) also writes the region's pack of the latest year into the site's pack/ folder.</summary>
    public bool WithSite { get; set; } = true;
}
