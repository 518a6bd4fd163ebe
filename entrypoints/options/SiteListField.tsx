/**
 * A list of sites, one per line. Lines that are not sites are pointed out and left in the box for
 * the person to fix; the valid sites are saved meanwhile.
 */
import { useState } from 'preact/hooks';
import { describeProblems, parseSiteLines } from '../../lib/settings/site-lines';
import { FieldFrame } from './FieldFrame';
import { useDraft } from './use-draft';

export interface SiteListFieldProps {
  id: string;
  label: string;
  hint: string;
  sites: string[];
  /** `problem` says which lines were left out, when some were. */
  onSave: (sites: string[], problem?: string) => void;
  onInvalid: (reason: string) => void;
}

export function SiteListField({ id, label, hint, sites, onSave, onInvalid }: SiteListFieldProps) {
  const [error, setError] = useState<string>();

  const commit = (text: string): string => {
    const parsed = parseSiteLines(text);
    const problem = describeProblems(parsed);
    setError(problem);
    // The valid sites are saved even when some lines are not: what was typed right is never lost.
    if (parsed.hosts.join('\n') !== sites.join('\n')) onSave(parsed.hosts, problem);
    else if (problem) onInvalid(problem);
    return parsed.hosts.join('\n');
  };
  const draft = useDraft(sites.join('\n'), commit, () => setError(undefined));

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={4}
          spellcheck={false}
          autoComplete="off"
          autoCapitalize="none"
          placeholder="example.org"
          value={draft.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => draft.edit(event.currentTarget.value)}
          onBlur={draft.flush}
        />
      )}
    </FieldFrame>
  );
}
