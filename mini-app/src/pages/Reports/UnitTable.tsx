import type { Dashboard, DashboardUnitRow } from '@tds/shared';
import { useMemo, useState } from 'react';
import { columnLabels, filterUnits, nextSort, percentText, sortUnits, unitColumns, type UnitColumn, type UnitSort } from './dashboard-table';

interface UnitTableProps {
  data: Dashboard;
  /** Drills down into a unit below. */
  onOpen: (unitId: string) => void;
}

/** The units below, one row each: tap a header to sort, type to filter, tap a row to open its dashboard. */
export function UnitTable({ data, onOpen }: UnitTableProps) {
  const [sort, setSort] = useState<UnitSort | null>(null);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => sortUnits(filterUnits(data.units, query), sort), [data.units, query, sort]);
  // A unit with nothing below it is its own only row: nothing to open.
  const canOpen = (row: DashboardUnitRow) => row.unitId !== data.unitId;

  return (
    <section className="card dash-units" aria-labelledby="dash-units-title">
      <h2 id="dash-units-title" className="section-title">
        Theo đơn vị <span className="muted">({rows.length === data.units.length ? data.units.length : `${rows.length}/${data.units.length}`})</span>
      </h2>
      {data.units.length > 1 && (
        <input
          className="text-input dash-units__filter"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Lọc theo tên, ví dụ: tieu hoc"
          aria-label="Lọc theo tên đơn vị"
          data-testid="dashboard-filter"
        />
      )}
      <div className="dash-table-wrap">
        {/* Each unit is two rows: its name across the table, then its figures under the column headers. */}
        <table className="dash-table">
          <thead>
            <tr>
              <SortHeader column="unitName" sort={sort} onSort={setSort} colSpan={figureColumns.length} />
            </tr>
            <tr>
              {figureColumns.map((column) => (
                <SortHeader key={column} column={column} sort={sort} onSort={setSort} />
              ))}
            </tr>
          </thead>
          {rows.map((row) => (
            <tbody
              key={row.unitId}
              className={canOpen(row) ? 'dash-table__unit dash-table__unit--link' : 'dash-table__unit'}
              onClick={canOpen(row) ? () => onOpen(row.unitId) : undefined}
              data-testid={`dashboard-unit-${row.unitId}`}
            >
              <tr>
                <th scope="rowgroup" colSpan={figureColumns.length} className="dash-table__name">
                  {canOpen(row) ? (
                    <button type="button" className="dash-table__open" aria-label={`Xem ${row.unitName}`}>
                      {row.unitName}
                      <span aria-hidden="true"> ›</span>
                    </button>
                  ) : (
                    row.unitName
                  )}
                </th>
              </tr>
              <tr>
                {figureColumns.map((column) => (
                  <Cell key={column} column={column} row={row} />
                ))}
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      {rows.length === 0 && (
        <p className="muted dash-units__empty" data-testid="dashboard-filter-empty">
          Không có đơn vị nào có tên khớp “{query.trim()}”.
        </p>
      )}
    </section>
  );
}

type FigureColumn = Exclude<UnitColumn, 'unitName'>;
const figureColumns = unitColumns.filter((column): column is FigureColumn => column !== 'unitName');

interface SortHeaderProps {
  column: UnitColumn;
  sort: UnitSort | null;
  onSort: (change: (current: UnitSort | null) => UnitSort) => void;
  colSpan?: number;
}

/** A column header that sorts by its column; a second tap turns the order. */
function SortHeader({ column, sort, onSort, colSpan }: SortHeaderProps) {
  const active = sort?.column === column ? sort.direction : null;
  return (
    <th scope="col" colSpan={colSpan} aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="dash-table__sort" title={columnLabels[column].title} onClick={() => onSort((current) => nextSort(current, column))} data-testid={`dashboard-sort-${column}`}>
        {columnLabels[column].short}
        <span className="dash-table__arrow" aria-hidden="true">
          {active === 'asc' ? '▲' : active === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

function Cell({ column, row }: { column: FigureColumn; row: DashboardUnitRow }) {
  if (column === 'trainingPercent') {
    return (
      <td>
        {percentText(row.trainingPercent)}
        <span className="dash-table__sub">
          {row.withTraining}/{row.staff}
        </span>
      </td>
    );
  }
  if (column === 'obligationsDone') {
    return <td className={row.obligationsDue > 0 && row.obligationsDone < row.obligationsDue ? 'dash-table__behind' : undefined}>{row.obligationsDue > 0 ? `${row.obligationsDone}/${row.obligationsDue}` : '–'}</td>;
  }
  return <td>{row[column]}</td>;
}
