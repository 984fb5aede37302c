// A structured abstract: each section's label shown as a label (Background, Methods...), its text as a paragraph.
import type { StructuredAbstract } from '../lib/model';

interface Props {
  abstract: StructuredAbstract;
  /** Block labels above each section (the popup's small caps), or bold run-in labels (the detail view). */
  labels: 'block' | 'run-in';
  /** Class of block labels. */
  labelClass?: string;
  /** Class of each section, so that the container's spacing and reading style apply. */
  sectionClass?: string;
}

/** Renders an abstract's sections in order; an unstructured abstract is one unlabelled paragraph. */
export function AbstractSections({ abstract, labels, labelClass, sectionClass }: Props) {
  const sections = abstract.sections.length > 0 ? abstract.sections : [{ text: abstract.text }];
  return (
    <>
      {sections.map((section, index) => (
        <div class={sectionClass} key={`${index}-${section.label ?? ''}`}>
          {labels === 'block' && section.label && <span class={labelClass}>{section.label}</span>}
          <p>
            {labels === 'run-in' && section.label && <strong class="abstract-label">{section.label}</strong>}
            {labels === 'run-in' && section.label && ' '}
            {section.text}
          </p>
        </div>
      ))}
    </>
  );
}
