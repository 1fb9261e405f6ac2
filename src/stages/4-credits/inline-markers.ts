/**
 * Where a byline may start inside running text (本报讯记者陈陆军报道, 新华社记者兰红光摄): the
 * positions whose next three characters hold 记者 (at the position or after it), 通讯员 or 实习生.
 * Found by searching for the three markers, not by testing every character of the text.
 */
export class InlineMarkerPositions {
  /** The next occurrence of each marker not before the last position asked for, or -1 for none left. */
  private reporter: number;
  private correspondent: number;
  private intern: number;

  constructor(private readonly text: string) {
    this.reporter = text.indexOf("记者");
    this.correspondent = text.indexOf("通讯员");
    this.intern = text.indexOf("实习生");
  }

  /** The first such position at or after `from`, or -1; `from` must not decrease between calls. */
  firstFrom(from: number): number {
    const text = this.text;
    if (this.reporter >= 0 && this.reporter < from) this.reporter = text.indexOf("记者", from);
    if (this.correspondent >= 0 && this.correspondent < from) this.correspondent = text.indexOf("通讯员", from);
    if (this.intern >= 0 && this.intern < from) this.intern = text.indexOf("实习生", from);
    // 记者 at r is within the three characters at r - 1 and at r.
    let first = this.reporter < 0 ? -1 : this.reporter - 1 >= from ? this.reporter - 1 : this.reporter;
    if (this.correspondent >= 0 && (first < 0 || this.correspondent < first)) first = this.correspondent;
    if (this.intern >= 0 && (first < 0 || this.intern < first)) first = this.intern;
    return first;
  }
}
