import { getRouteApi } from '@tanstack/react-router';
import { SubscribePage } from './SubscribePage.tsx';

const route = getRouteApi('/products/$id/subscribe');

/** `/products/$id/subscribe`: the subscription form, started afresh for another product. */
export function SubscribeRoute() {
  const { id } = route.useParams();
  return <SubscribePage key={id} id={id} />;
}
