/** Settings → About: what the app is and where it keeps its data. */
export interface AboutApp {
  /** The app's version, as the installer named it. */
  version: string
  /** The data folder: settings, the books database, its head witness and the display pairing file. */
  dataFolder: string
}
