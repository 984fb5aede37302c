// A structured abstract: each section's label shown as a label (Background, Methods...), its text as a paragraph.
import type { StructuredAbstract } from '../lib/model';

interface Props {
  abstract: StructuredAbstract;
  /** Class of each section label: the popup's small caps label or the detail view's heading. */
  labelClass?: string;
  /** Element for labels: a block span in the popup, an h3 in the detail view. */
  labelAs?: 'span' | 'h3';
  /** Class of each section, so that the container's spacing and reading style apply. */
  sectionClass?: string;
}

/** Renders an abstract's sections in order; an unstructured abstract is one unlabelled paragraph. */
export function AbstractSections({ abstract, labelClass, labelAs = 'span', sectionClass }: Props) {
  const Label = labelAs;
  const sections = abstract.sections.length > 0 ? abstract.sections : [{ text: abstract.text }];
  return (
    <>
      {sections.map((section, index) => (
        <div class={sectionClass} key={`${index}-${section.label ?? ''}`}>
          {section.label && <Label class={labelClass}>{section.label}</Label>}
          <p>{section.text}</p>
        </div>
      ))}
    </>
  );
}
