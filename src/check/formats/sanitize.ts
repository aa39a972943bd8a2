/** Removes terminal control sequences and control characters from registry text before it is printed. */
export function printable(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** One line: control characters and line breaks become spaces. */
export function oneLine(text: string): string {
  return printable(text).replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
