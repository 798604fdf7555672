/** The folder of a scan path (POSIX separators); `.` for a file at the top. A Terraform module is one folder. */
export function folderOf(file: string): string {
  const path = file.replace(/\\/g, '/');
  return path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '.';
}
