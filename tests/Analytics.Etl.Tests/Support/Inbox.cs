using System.Text;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Tests.Support;

/// <summary>Writes small input files by hand, in the encodings the contract allows.</summary>
public sealed class Inbox(string folder)
{
    /// <summary>The inbox folder.</summary>
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    /// <summary>Writes a UTF-8 file (no BOM) with LF line ends.</summary>
    public string Utf8(string name, params string[] lines) => Write(name, new UTF8Encoding(false), "\n", lines);

    /// <summary>Writes a UTF-8 file with BOM and CRLF line ends.</summary>
    public string Utf8Bom(string name, params string[] lines) => Write(name, new UTF8Encoding(true), "\r\n", lines);

    /// <summary>Writes a Windows-1251 file with CRLF line ends, as Excel in a Russian locale does.</summary>
    public string Cp1251(string name, params string[] lines) => Write(name, TextEncodings.Windows1251, "\r\n", lines);

    /// <summary>The reference data most tests need: two municipalities, three organizations, three programs.</summary>
    public Inbox WithReferences()
    {
        Utf8("municipalities.csv",
            "code,name,kind",
            "71701000,город Тюмень,городской округ",
            "71603000,Армизонский муниципальный район,муниципальный район");
        Utf8("organizations.csv",
            "org_id,name,municipality_code,type,low_results",
            "7201000001,МАОУ СОШ № 1 г. Тюмени,71701000,school,false",
            "7201000002,МАДОУ детский сад № 2,71701000,preschool,false",
            "7203000001,МАОУ Армизонская СОШ,71603000,ОО,да");
        Utf8("programs.csv",
            "program_id,title,kind,hours,provider,federal_registry,network_form,updated_year,topics,areas",
            "P1,Функциональная грамотность,pk,72,ТОГИРРО,true,false,2024,quality_assessment,\"subject;methodical\"",
            "P2,Цифровая школа,ПК,36,ТОГИРРО,нет,да,2023,digital,digital",
            "P3,Управление ОО,ПП,250,ТОГИРРО,да,нет,,management,");
        return this;
    }

    private string Write(string name, Encoding encoding, string newLine, string[] lines)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, string.Join(newLine, lines) + newLine, encoding);
        return path;
    }
}
