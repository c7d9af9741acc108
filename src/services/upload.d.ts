/**
 * Uploads one local file (a temp path on WeChat; a blob: or data: URL in H5) to cloud storage.
 * @param onProgress percentage 0–100, where the platform reports it.
 * @returns the stored file's fileID. @throws ApiError
 */
export declare function uploadFile(filePath: string, cloudPath: string, onProgress?: (percent: number) => void): Promise<string>
