using System.Text;

namespace Analytics.Etl.Reading;

/// <summary>The encodings the contract allows.</summary>
public static class TextEncodings
{
    private static readonly Lazy<Encoding> Cp1251 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    });

    /// <summary>UTF-8 without BOM emission.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false);

    /// <summary>Windows-1251, what Excel writes in a Russian locale.</summary>
    public static Encoding Windows1251 => Cp1251.Value;

    /// <summary>Makes sure the code pages are registered (ExcelDataReader needs them too).</summary>
    public static void Register() => _ = Cp1251.Value;
}
