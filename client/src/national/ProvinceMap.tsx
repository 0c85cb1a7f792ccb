import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import type { Status } from '../gql/graphql';
import { Link, navigate } from '../app/router';
import { paths } from '../app/routes';
import { Change } from '../ui/Change';
import { formatNumber, formatPercent } from '../ui/format';
import { STATUS_LABEL } from '../ui/labels';
import { StatusBadge } from '../ui/StatusBadge';
import { ISLAND_GROUPS, PROVINCE_SHAPES, SEA_LABEL_AT, VIEW_BOX } from './map/geometry';
import type { ProvinceFigures } from './NationalFigures';
import { CLASS_RULE, CLASS_SEVERITY, provinceClass } from './province-class';

const CLASSES: Status[] = ['RED', 'YELLOW', 'GREEN', 'NOT_DUE'];

interface Pointed {
  code: string;
  /** Where the figures box goes, in pixels from the map's top left corner. */
  x: number;
  y: number;
  /** Past the middle of the map: the box opens to the left of the pointer so it stays inside. */
  flip: boolean;
  /** Tapped rather than hovered: the box stays, with a link, until another tap. */
  pinned: boolean;
}

const shapeClass = (status: Status | null) => `province-shape province-shape--${status?.toLowerCase() ?? 'none'}`;

function Figures({
  province,
  pinned,
  campaignCode,
}: {
  province: ProvinceFigures;
  pinned: boolean;
  campaignCode: string;
}) {
  const counts = province.statusCounts;
  const status = provinceClass(counts);
  const islands = ISLAND_GROUPS.filter((group) => group.code === province.code);
  return (
    <>
      <p className="map-tooltip__name">
        <strong>{province.name}</strong> <StatusBadge status={status} />
      </p>
      {status ? (
        <>
          <p className="map-tooltip__percent">
            {formatPercent(counts.greenPercent)} xanh <Change points={counts.greenPercentChange} />
          </p>
          <p>
            {formatNumber(counts.green)}/{formatNumber(counts.total)} xã, phường xanh
          </p>
          <p>
            VÀNG {formatNumber(counts.yellow)} · ĐỎ {formatNumber(counts.red)}
          </p>
        </>
      ) : (
        <p>Không tham gia đợt này</p>
      )}
      {islands.map((group) => (
        <p key={group.name} className="map-tooltip__note">
          Gồm {group.name}
        </p>
      ))}
      {pinned && <Link to={paths.province(province.id, campaignCode)}>Mở trang {province.name}</Link>}
    </>
  );
}

/**
 * The 34 provinces drawn from the shipped geometry, each filled by its class so the red ones
 * catch the eye first. Hover (or a first tap on a touch screen) shows the figures; a click (or a
 * second tap) opens the province. The drawing is one image to assistive technology: the list
 * beside it and the table view carry the same figures as links and cells.
 */
export function ProvinceMap({ provinces, campaignCode }: { provinces: ProvinceFigures[]; campaignCode: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const lastPointer = useRef('mouse');
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const byCode = new Map(provinces.map((province) => [province.code, province]));
  const statusOf = (code: string) => {
    const province = byCode.get(code);
    return province ? provinceClass(province.statusCounts) : null;
  };

  const at = (event: MouseEvent, code: string, pinned: boolean): Pointed => {
    const box = frame.current!.getBoundingClientRect();
    const x = event.clientX - box.left;
    return { code, x, y: event.clientY - box.top, flip: x > box.width / 2, pinned };
  };
  const hover = (code: string) => (event: PointerEvent) => {
    if (event.pointerType === 'mouse') setPointed(at(event, code, false));
  };
  const open = (code: string) => (event: MouseEvent) => {
    const province = byCode.get(code);
    if (!province) return;
    // On a touch screen there is no hover: the first tap shows the figures, the next one opens.
    if (lastPointer.current !== 'mouse' && !(pointed?.pinned && pointed.code === code)) {
      setPointed(at(event, code, true));
      return;
    }
    navigate(paths.province(province.id, campaignCode));
  };
  const handlers = (code: string) => ({
    onPointerEnter: hover(code),
    onPointerMove: hover(code),
    onClick: open(code),
  });

  const pointedProvince = pointed && byCode.get(pointed.code);
  const pointedShape = pointed && PROVINCE_SHAPES.find((shape) => shape.code === pointed.code);
  const counted = provinces.map((province) => ({ province, status: provinceClass(province.statusCounts) }));
  const attention = counted
    .filter(({ status }) => status === 'RED' || status === 'YELLOW')
    .sort(
      (a, b) =>
        CLASS_SEVERITY[a.status!] - CLASS_SEVERITY[b.status!] ||
        a.province.statusCounts.greenPercent - b.province.statusCounts.greenPercent,
    );
  const notTaking = counted.filter(({ status }) => !status).length;

  return (
    <div className="province-map">
      <div
        className="province-map__frame"
        ref={frame}
        onPointerDown={(event) => {
          lastPointer.current = event.pointerType;
        }}
        onPointerLeave={(event) => {
          if (event.pointerType === 'mouse') setPointed(null);
        }}
      >
        <svg viewBox={VIEW_BOX} role="img" aria-labelledby="province-map-title" data-testid="province-map">
          <title id="province-map-title">
            Bản đồ 34 tỉnh, thành phố tô màu theo trạng thái XANH, VÀNG, ĐỎ; số liệu từng tỉnh có trong danh sách bên
            cạnh và ở chế độ xem Bảng
          </title>
          <text className="province-map__sea" x={SEA_LABEL_AT[0]} y={SEA_LABEL_AT[1]}>
            Biển Đông
          </text>
          {PROVINCE_SHAPES.map((shape) => (
            <path
              key={shape.code}
              d={shape.d}
              className={shapeClass(statusOf(shape.code))}
              data-province={shape.code}
              data-status={statusOf(shape.code) ?? 'NONE'}
              {...handlers(shape.code)}
            />
          ))}
          {ISLAND_GROUPS.map((group) => (
            <g
              key={group.name}
              className={`province-islands ${shapeClass(statusOf(group.code))}`}
              data-islands-of={group.code}
              {...handlers(group.code)}
            >
              {group.points.map(([x, y]) => (
                <circle key={`${x},${y}`} cx={x} cy={y} r={3} />
              ))}
              <text x={group.labelAt[0]} y={group.labelAt[1] - 14}>
                {group.label}
              </text>
            </g>
          ))}
          {pointedShape && <path className="province-outline" d={pointedShape.d} />}
        </svg>
        {pointed && pointedProvince && (
          <div
            className={`map-tooltip${pointed.pinned ? ' map-tooltip--pinned' : ''}${pointed.flip ? ' map-tooltip--left' : ''}`}
            style={{ left: pointed.x, top: pointed.y }}
            data-testid="map-tooltip"
          >
            <Figures province={pointedProvince} pinned={pointed.pinned} campaignCode={campaignCode} />
          </div>
        )}
      </div>
      <div className="province-map__side">
        <ul className="map-legend" aria-label="Chú giải màu bản đồ">
          {CLASSES.filter((status) => status !== 'NOT_DUE' || counted.some((entry) => entry.status === status)).map(
            (status) => (
              <li key={status}>
                <span className={`map-swatch ${shapeClass(status)}`} aria-hidden="true" />
                <span>
                  <strong>{STATUS_LABEL[status]}</strong> — {CLASS_RULE[status]}:{' '}
                  {counted.filter((entry) => entry.status === status).length} tỉnh, thành phố
                </span>
              </li>
            ),
          )}
          {notTaking > 0 && (
            <li>
              <span className={`map-swatch ${shapeClass(null)}`} aria-hidden="true" />
              <span>Không tham gia đợt này: {notTaking}</span>
            </li>
          )}
        </ul>
        <h3>Cần chú ý</h3>
        {attention.length ? (
          <ol className="map-attention" data-testid="map-attention">
            {attention.map(({ province, status }) => (
              <li key={province.id}>
                <StatusBadge status={status} />{' '}
                <Link to={paths.province(province.id, campaignCode)}>{province.name}</Link>{' '}
                <span className="map-attention__figure">
                  {formatPercent(province.statusCounts.greenPercent)} ({formatNumber(province.statusCounts.green)}/
                  {formatNumber(province.statusCounts.total)})
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Mọi tỉnh, thành phố tham gia đều phủ xanh 100 % xã, phường.</p>
        )}
        <p className="map-source">
          Ranh giới vẽ từ dữ liệu bản đồ của{' '}
          <a href="https://www.amcharts.com/" rel="noopener">
            amCharts
          </a>
          (<a href="/licenses/amcharts5-geodata.txt">giấy phép</a>), gộp 63 tỉnh, thành phố cũ thành 34 theo Nghị quyết
          202/2025/QH15. Quần đảo Hoàng Sa, Trường Sa đánh dấu bằng vị trí một số đảo tiêu biểu.
        </p>
      </div>
    </div>
  );
}
