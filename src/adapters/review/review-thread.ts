/** One comment of a pull request (GitHub) or note of a merge request (GitLab). */
export interface ReviewComment {
  readonly id: number;
  readonly body: string;
  /** Where a person reads it, when the host says. */
  readonly url: string | null;
}

/** The conversation of one pull or merge request, as far as posting a plan needs it. */
export interface ReviewThread {
  readonly platform: 'github' | 'gitlab';
  /** The longest body the host accepts, in characters. */
  readonly bodyLimit: number;
  /** Every comment written by people or tokens (system notes left out), oldest first. */
  list(): Promise<readonly ReviewComment[]>;
  create(body: string): Promise<ReviewComment>;
  update(id: number, body: string): Promise<ReviewComment>;
}
