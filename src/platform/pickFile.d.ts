/**
 * Lets the user pick one spreadsheet (.xlsx): on WeChat from a chat (chooseMessageFile: a phone's
 * files are reached through a conversation), in a browser from the file system.
 * @returns its local path or URL, or null when nothing was picked.
 */
export declare function pickSpreadsheet(): Promise<string | null>
