import { graphql, useFragment, type FragmentType } from '../gql';

export const CoverageHeadlineFieldsFragment = graphql(`
  fragment CoverageHeadlineFields on CoverageHeadline {
    provinces
    overHalf {
      id
      name
    }
    overSeventyPercent {
      id
      name
    }
    allGreen {
      id
      name
    }
  }
`);

function Named({ provinces }: { provinces: { id: string; name: string }[] }) {
  if (!provinces.length) return null;
  return (
    <details>
      <summary>Xem danh sách</summary>
      <p>{provinces.map((p) => p.name).join(', ')}.</p>
    </details>
  );
}

/** Report 003's headline sentence, as the national steering committee reads it. */
export function CoverageHeadline(props: { headline: FragmentType<typeof CoverageHeadlineFieldsFragment> }) {
  const headline = useFragment(CoverageHeadlineFieldsFragment, props.headline);
  const lines = [
    { key: 'half', text: 'phủ XANH hơn 50 % số xã, phường', provinces: headline.overHalf },
    { key: 'seventy', text: 'phủ XANH hơn 70 % số xã, phường', provinces: headline.overSeventyPercent },
    { key: 'all', text: 'phủ XANH 100 % số xã, phường', provinces: headline.allGreen },
  ];
  return (
    <ul className="headline" aria-label="Số tỉnh, thành phố theo mức phủ xanh">
      {lines.map((line) => (
        <li key={line.key}>
          <strong>
            {line.provinces.length}/{headline.provinces}
          </strong>{' '}
          tỉnh, thành phố {line.text}
          <Named provinces={line.provinces} />
        </li>
      ))}
    </ul>
  );
}
