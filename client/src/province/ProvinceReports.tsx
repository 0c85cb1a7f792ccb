import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Bloc } from '../gql/graphql';
import { ReportRanking } from '../reports/ReportRanking';
import { TaskFigures } from '../reports/TaskFigures';
import { Loaded } from '../ui/states';

const provinceTasksQuery = graphql(`
  query ProvinceTasks($id: ID!) {
    province(id: $id) {
      id
      taskStats {
        ...TaskStatsFields
      }
    }
  }
`);

/** The province's plan tasks and what its communes report as obstacles and recommendations. */
export function ProvinceReports({ provinceId, blocs }: { provinceId: string; blocs: Bloc[] }) {
  const [result] = useQuery({ query: provinceTasksQuery, variables: { id: provinceId } });
  return (
    <>
      <section className="panel" aria-labelledby="province-tasks-heading">
        <h2 id="province-tasks-heading">Nhiệm vụ của tỉnh và các đơn vị</h2>
        <Loaded result={result} loading="Đang tính số nhiệm vụ…">
          {({ province }) => <TaskFigures stats={province.taskStats} />}
        </Loaded>
      </section>
      <ReportRanking provinceId={provinceId} blocs={blocs} title="Vướng mắc, kiến nghị được nêu nhiều nhất" />
    </>
  );
}
