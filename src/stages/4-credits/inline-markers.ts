/**
 * Where a byline may start inside running text (本报讯记者陈陆军报道, 新华社见习记者兰红光摄): the
 * positions whose next `window` characters (the longest leading marker's length) hold a marker that
 * opens a byline there (记者, 通讯员, 实习生: "inline" in dictionaries/credit-markers.txt), so that a
 * longer marker holding it (见习记者) is read from its start. Found by searching for the markers, not
 * by testing every character of the text.
 */
export class InlineMarkerPositions {
  /** The next occurrence of each marker not before the last position asked for, or -1 for none left. */
  private readonly next: number[];

  constructor(
    private readonly text: string,
    private readonly markers: readonly string[],
    /** How many characters each position's window reads. */
    private readonly window: number,
  ) {
    this.next = markers.map((marker) => text.indexOf(marker));
  }

  /** The first such position at or after `from`, or -1; `from` must not decrease between calls. */
  firstFrom(from: number): number {
    let first = -1;
    for (let m = 0; m < this.markers.length; m++) {
      let at = this.next[m]!;
      if (at >= 0 && at < from) this.next[m] = at = this.text.indexOf(this.markers[m]!, from);
      if (at < 0) continue;
      // A marker at `at` is within the windows of the positions from at - (window - its length) to at.
      const candidate = Math.max(from, at - (this.window - this.markers[m]!.length));
      if (first < 0 || candidate < first) first = candidate;
    }
    return first;
  }
}
