Analytics.App.FileModes.OwnerOnlyByDefault();
return await Analytics.App.Cli.CliApp.RunAsync(args);
